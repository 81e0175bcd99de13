#!/bin/sh
# plumb: petitecloud status host=linux hypervisor=virtualbox guest=linux
# from: virtualbox/status.plumb
set -eu
VBoxManage showvminfo web1 --machinereadable | grep -q '^VMState="running"$'
