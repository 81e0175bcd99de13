#!/bin/sh
# plumb: petitecloud stop host=freebsd hypervisor=virtualbox guest=freebsd
# from: virtualbox/stop.plumb
set -eu
VBoxManage controlvm win1 acpipowerbutton
