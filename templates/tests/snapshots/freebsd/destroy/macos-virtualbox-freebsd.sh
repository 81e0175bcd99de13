#!/bin/sh
# plumb: petitecloud destroy host=macos hypervisor=virtualbox guest=freebsd
# from: virtualbox/destroy.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage unregistervm fbsd1 --delete
