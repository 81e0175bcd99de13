#!/bin/sh
# plumb: petitecloud kill host=linux hypervisor=virtualbox guest=openbsd
# from: virtualbox/kill.plumb
set -eu
VBoxManage controlvm win1 poweroff
