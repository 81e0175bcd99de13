#!/bin/sh
# plumb: petitecloud reset host=macos hypervisor=virtualbox guest=freebsd
# from: virtualbox/reset.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage controlvm web1 reset
