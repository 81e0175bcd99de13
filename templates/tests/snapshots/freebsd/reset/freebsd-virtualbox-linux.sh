#!/bin/sh
# plumb: petitecloud reset host=freebsd hypervisor=virtualbox guest=linux
# from: virtualbox/reset.plumb
set -eu
VBoxManage controlvm fbsd1 reset
