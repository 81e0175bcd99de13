#!/bin/sh
# plumb: petitecloud start host=macos hypervisor=virtualbox guest=openbsd
# from: virtualbox/start.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage storageattach fbsd1 --storagectl=SATA --port=1 --device=0 --type=dvddrive --medium=emptydrive
VBoxManage startvm fbsd1 --type headless
