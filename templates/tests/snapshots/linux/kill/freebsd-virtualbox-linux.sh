#!/bin/sh
# plumb: petitecloud kill host=freebsd hypervisor=virtualbox guest=linux
# from: virtualbox/kill.plumb
set -eu
VBoxManage controlvm web1 poweroff
