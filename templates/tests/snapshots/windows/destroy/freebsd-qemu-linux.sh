#!/bin/sh
# plumb: petitecloud destroy host=freebsd hypervisor=qemu guest=linux
# from: qemu/destroy.plumb
set -eu
rm /vm/win1/c.img
rm -r /vm/win1
