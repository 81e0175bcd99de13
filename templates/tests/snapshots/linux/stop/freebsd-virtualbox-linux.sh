#!/bin/sh
# plumb: petitecloud stop host=freebsd hypervisor=virtualbox guest=linux
# from: virtualbox/stop.plumb
set -eu
VBoxManage controlvm web1 acpipowerbutton
