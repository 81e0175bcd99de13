#!/bin/sh
# plumb: petitecloud reset host=linux hypervisor=virtualbox guest=freebsd
# from: virtualbox/reset.plumb
set -eu
VBoxManage controlvm fbsd1 reset
