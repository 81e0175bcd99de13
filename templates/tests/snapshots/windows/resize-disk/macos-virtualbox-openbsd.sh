#!/bin/sh
# plumb: petitecloud resize-disk host=macos hypervisor=virtualbox guest=openbsd
# from: virtualbox/resize-disk.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage modifymedium disk /vm/win1/c.img --resize 65536
