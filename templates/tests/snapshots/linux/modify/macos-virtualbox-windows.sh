#!/bin/sh
# plumb: petitecloud modify host=macos hypervisor=virtualbox guest=windows
# from: virtualbox/modify.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage modifyvm web1 --memory=1024 --cpus=2
