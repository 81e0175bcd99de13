#!/bin/sh
# plumb: petitecloud kill host=macos hypervisor=virtualbox guest=windows
# from: virtualbox/kill.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage controlvm win1 poweroff
