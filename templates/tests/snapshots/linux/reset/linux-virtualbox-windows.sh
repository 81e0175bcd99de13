#!/bin/sh
# plumb: petitecloud reset host=linux hypervisor=virtualbox guest=windows
# from: virtualbox/reset.plumb
set -eu
VBoxManage controlvm web1 reset
