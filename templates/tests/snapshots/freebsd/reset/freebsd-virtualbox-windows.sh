#!/bin/sh
# plumb: petitecloud reset host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/reset.plumb
set -eu
VBoxManage controlvm fbsd1 reset
