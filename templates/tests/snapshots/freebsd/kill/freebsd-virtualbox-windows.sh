#!/bin/sh
# plumb: petitecloud kill host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/kill.plumb
set -eu
VBoxManage controlvm fbsd1 poweroff
