#!/bin/sh
# plumb: petitecloud destroy host=freebsd hypervisor=qemu guest=linux
# from: qemu/destroy.plumb
set -eu
rm /vm/fbsd1/disk0.img
rm -r /vm/fbsd1
