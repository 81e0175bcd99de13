#!/bin/sh
# plumb: petitecloud create-disk host=macos hypervisor=virtualbox guest=linux
# from: virtualbox/create-disk.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage createmedium disk --filename=/vm/fbsd1/disk0.img --size=20480 --format=VDI
