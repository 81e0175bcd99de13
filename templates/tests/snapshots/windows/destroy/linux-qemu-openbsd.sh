#!/bin/sh
# plumb: petitecloud destroy host=linux hypervisor=qemu guest=openbsd
# from: qemu/destroy.plumb
set -eu
rm /vm/win1/c.img
rm -r /vm/win1
