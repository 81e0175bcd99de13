#!/bin/sh
# plumb: petitecloud destroy host=macos hypervisor=qemu guest=linux
# from: qemu/destroy.plumb
set -eu
rm /vm/web1/root.img /vm/web1/data.img
rm -r /vm/web1
