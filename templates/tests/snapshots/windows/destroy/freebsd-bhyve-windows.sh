#!/bin/sh
# plumb: petitecloud destroy host=freebsd hypervisor=bhyve guest=windows
# from: bhyve/destroy.plumb
set -eu
rm /vm/win1/c.img
rm -r /vm/win1
