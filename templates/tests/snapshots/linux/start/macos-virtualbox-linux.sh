#!/bin/sh
# plumb: petitecloud start host=macos hypervisor=virtualbox guest=linux
# from: virtualbox/start.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage storageattach web1 --storagectl=SATA --port=2 --device=0 --type=dvddrive --medium=emptydrive
VBoxManage startvm web1 --type headless
