#!/bin/sh
# plumb: petitecloud modify host=macos hypervisor=virtualbox guest=linux
# from: virtualbox/modify.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage modifyvm fbsd1 --memory=2048 --cpus=2
