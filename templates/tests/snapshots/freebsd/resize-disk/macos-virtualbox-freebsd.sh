#!/bin/sh
# plumb: petitecloud resize-disk host=macos hypervisor=virtualbox guest=freebsd
# from: virtualbox/resize-disk.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage modifymedium disk /vm/fbsd1/disk0.img --resize 20480
