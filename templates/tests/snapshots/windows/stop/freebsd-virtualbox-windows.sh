#!/bin/sh
# plumb: petitecloud stop host=freebsd hypervisor=virtualbox guest=windows
# from: virtualbox/stop.plumb
set -eu
VBoxManage controlvm win1 acpipowerbutton
