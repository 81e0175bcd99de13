#!/bin/sh
# plumb: petitecloud create-disk host=macos hypervisor=virtualbox guest=windows
# from: virtualbox/create-disk.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage createmedium disk --filename=/vm/win1/c.img --size=65536 --format=VDI
