#!/bin/sh
# plumb: petitecloud destroy host=linux hypervisor=qemu guest=freebsd
# from: qemu/destroy.plumb
set -eu
rm /vm/fbsd1/disk0.img
rm -r /vm/fbsd1
