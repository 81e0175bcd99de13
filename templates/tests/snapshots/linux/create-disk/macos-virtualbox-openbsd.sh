#!/bin/sh
# plumb: petitecloud create-disk host=macos hypervisor=virtualbox guest=openbsd
# from: virtualbox/create-disk.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage createmedium disk --filename=/vm/web1/root.img --size=16384 --format=VDI
VBoxManage createmedium disk --filename=/vm/web1/data.img --size=16384 --format=VDI
