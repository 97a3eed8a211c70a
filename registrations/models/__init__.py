from .checkin import AdmissionOverride
from .consent import ConsentRecord, ConsentText
from .panels import PanelMember, PanelRun
from .quotas import QuotaTarget
from .registrants import Registrant, RegistrantAnswer, normalise_reference_code
from .rights import DataRightsRequest, RetentionPurge
from .seats import TableAssignmentRun, TableSeat

__all__ = [
    "AdmissionOverride",
    "ConsentRecord",
    "ConsentText",
    "DataRightsRequest",
    "PanelMember",
    "PanelRun",
    "QuotaTarget",
    "Registrant",
    "RegistrantAnswer",
    "RetentionPurge",
    "TableAssignmentRun",
    "TableSeat",
    "normalise_reference_code",
]
