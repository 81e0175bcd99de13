#!/bin/sh
# plumb: petitecloud destroy host=freebsd hypervisor=bhyve guest=linux
# from: bhyve/destroy.plumb
set -eu
rm /vm/fbsd1/disk0.img
rm -r /vm/fbsd1
