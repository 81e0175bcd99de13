#!/bin/sh
# plumb: petitecloud reset host=macos hypervisor=virtualbox guest=openbsd
# from: virtualbox/reset.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage controlvm fbsd1 reset
