#!/bin/sh
# plumb: petitecloud kill host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/kill.plumb
set -eu
VBoxManage controlvm win1 poweroff
