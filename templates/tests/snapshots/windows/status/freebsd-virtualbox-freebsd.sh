#!/bin/sh
# plumb: petitecloud status host=freebsd hypervisor=virtualbox guest=freebsd
# from: virtualbox/status.plumb
set -eu
VBoxManage showvminfo win1 --machinereadable | grep -q '^VMState="running"$'
