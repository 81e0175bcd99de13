#!/bin/sh
# plumb: petitecloud start host=macos hypervisor=virtualbox guest=linux
# from: virtualbox/start.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage storageattach win1 --storagectl=SATA --port=1 --device=0 --type=dvddrive --medium=/vm/iso/Win10_22H2_English_x64.iso
VBoxManage startvm win1 --type headless
