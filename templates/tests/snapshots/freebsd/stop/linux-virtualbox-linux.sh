#!/bin/sh
# plumb: petitecloud stop host=linux hypervisor=virtualbox guest=linux
# from: virtualbox/stop.plumb
set -eu
VBoxManage controlvm fbsd1 acpipowerbutton
