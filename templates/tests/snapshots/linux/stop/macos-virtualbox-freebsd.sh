#!/bin/sh
# plumb: petitecloud stop host=macos hypervisor=virtualbox guest=freebsd
# from: virtualbox/stop.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage controlvm web1 acpipowerbutton
