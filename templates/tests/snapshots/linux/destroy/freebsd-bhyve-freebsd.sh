#!/bin/sh
# plumb: petitecloud destroy host=freebsd hypervisor=bhyve guest=freebsd
# from: bhyve/destroy.plumb
set -eu
rm /vm/web1/root.img /vm/web1/data.img
rm -r /vm/web1
