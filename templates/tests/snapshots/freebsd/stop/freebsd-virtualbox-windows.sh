#!/bin/sh
# plumb: petitecloud stop host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/stop.plumb
set -eu
VBoxManage controlvm fbsd1 acpipowerbutton
