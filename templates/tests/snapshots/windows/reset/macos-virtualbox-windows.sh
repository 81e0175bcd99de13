#!/bin/sh
# plumb: petitecloud reset host=macos hypervisor=virtualbox guest=windows
# from: virtualbox/reset.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage controlvm win1 reset
