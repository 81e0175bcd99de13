#!/bin/sh
# plumb: petitecloud stop host=macos hypervisor=virtualbox guest=windows
# from: virtualbox/stop.plumb
set -eu
PATH="/Applications/VirtualBox.app/Contents/MacOS:$PATH"
VBoxManage controlvm fbsd1 acpipowerbutton
