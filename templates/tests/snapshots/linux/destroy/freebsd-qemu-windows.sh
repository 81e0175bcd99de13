#!/bin/sh
# plumb: petitecloud destroy host=freebsd hypervisor=qemu guest=windows
# from: qemu/destroy.plumb
set -eu
rm /vm/web1/root.img /vm/web1/data.img
rm -r /vm/web1
