#!/bin/sh
# plumb: petitecloud modify host=macos hypervisor=virtualbox guest=linux
# from: virtualbox/modify.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage modifyvm win1 --memory=8192 --cpus=2
