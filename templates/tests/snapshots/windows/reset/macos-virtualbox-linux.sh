#!/bin/sh
# plumb: petitecloud reset host=macos hypervisor=virtualbox guest=linux
# from: virtualbox/reset.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage controlvm win1 reset
