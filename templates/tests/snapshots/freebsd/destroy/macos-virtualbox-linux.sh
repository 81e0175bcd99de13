#!/bin/sh
# plumb: petitecloud destroy host=macos hypervisor=virtualbox guest=linux
# from: virtualbox/destroy.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage unregistervm fbsd1 --delete
