#!/bin/sh
# plumb: petitecloud reset host=freebsd hypervisor=virtualbox guest=openbsd
# from: virtualbox/reset.plumb
set -eu
VBoxManage controlvm win1 reset
