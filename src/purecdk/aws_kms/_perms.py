"""The KMS actions each kind of grant allows."""

ADMIN_ACTIONS = [
    "kms:Create*",
    "kms:Describe*",
    "kms:Enable*",
    "kms:List*",
    "kms:Put*",
    "kms:Update*",
    "kms:Revoke*",
    "kms:Disable*",
    "kms:Get*",
    "kms:Delete*",
    "kms:TagResource",
    "kms:UntagResource",
    "kms:ScheduleKeyDeletion",
    "kms:CancelKeyDeletion",
]
ENCRYPT_ACTIONS = ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"]
DECRYPT_ACTIONS = ["kms:Decrypt"]
SIGN_ACTIONS = ["kms:Sign"]
VERIFY_ACTIONS = ["kms:Verify"]
GENERATE_HMAC_ACTIONS = ["kms:GenerateMac"]
VERIFY_HMAC_ACTIONS = ["kms:VerifyMac"]
LEGACY_ADMIN_ACTIONS = [
    "kms:Create*",
    "kms:Describe*",
    "kms:Enable*",
    "kms:List*",
    "kms:Put*",
    "kms:Update*",
    "kms:Revoke*",
    "kms:Disable*",
    "kms:Get*",
    "kms:Delete*",
    "kms:ScheduleKeyDeletion",
    "kms:CancelKeyDeletion",
    "kms:GenerateDataKey",
    "kms:TagResource",
    "kms:UntagResource",
]
