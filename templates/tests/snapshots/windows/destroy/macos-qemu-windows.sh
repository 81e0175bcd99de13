#!/bin/sh
# plumb: petitecloud destroy host=macos hypervisor=qemu guest=windows
# from: qemu/destroy.plumb
set -eu
rm /vm/win1/c.img
rm -r /vm/win1
