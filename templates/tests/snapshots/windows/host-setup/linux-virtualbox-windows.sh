#!/bin/sh
# plumb: petitecloud host-setup host=linux hypervisor=virtualbox guest=windows
# from: virtualbox/host-setup.plumb
set -eu
modprobe -a vboxdrv vboxnetflt vboxnetadp
