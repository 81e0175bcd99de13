#!/bin/sh
# plumb: petitecloud kill host=macos hypervisor=virtualbox guest=freebsd
# from: virtualbox/kill.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage controlvm fbsd1 poweroff
