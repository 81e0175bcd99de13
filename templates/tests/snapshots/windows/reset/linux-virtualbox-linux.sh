#!/bin/sh
# plumb: petitecloud reset host=linux hypervisor=virtualbox guest=linux
# from: virtualbox/reset.plumb
set -eu
VBoxManage controlvm win1 reset
