/* eslint-disable */
import type { Prisma, Council, Person, PersonalBudget, BudgetDeployment, CouncilPolicy, StaffMember, Organisation, Representative, Allocation, Request, Assessment, FinancialAssessment, IndicativeBudget, SupportPlan, SupportPlanLine, DirectPaymentAgreement, DirectPayment, AccountTransaction, DirectPaymentAudit, Recovery, PaEmployment, Review, SafeguardingConcern, IdempotencyRecord } from "./prisma/index.js";
import type { PothosPrismaDatamodel } from "@pothos/plugin-prisma";
export default interface PrismaTypes {
    Council: {
        Name: "Council";
        Shape: Council;
        Include: Prisma.CouncilInclude;
        Select: Prisma.CouncilSelect;
        OrderBy: Prisma.CouncilOrderByWithRelationInput;
        WhereUnique: Prisma.CouncilWhereUniqueInput;
        Where: Prisma.CouncilWhereInput;
        Create: {};
        Update: {};
        RelationName: "people" | "personalBudgets" | "deployments" | "policies" | "staff" | "representatives" | "allocations" | "requests" | "assessments" | "financialAssessments" | "indicativeBudgets" | "supportPlans" | "supportPlanLines" | "agreements" | "payments" | "transactions" | "audits" | "recoveries" | "paEmployments" | "reviews" | "safeguardingConcerns" | "idempotencyRecords";
        ListRelations: "people" | "personalBudgets" | "deployments" | "policies" | "staff" | "representatives" | "allocations" | "requests" | "assessments" | "financialAssessments" | "indicativeBudgets" | "supportPlans" | "supportPlanLines" | "agreements" | "payments" | "transactions" | "audits" | "recoveries" | "paEmployments" | "reviews" | "safeguardingConcerns" | "idempotencyRecords";
        Relations: {
            people: {
                Shape: Person[];
                Name: "Person";
                Nullable: false;
            };
            personalBudgets: {
                Shape: PersonalBudget[];
                Name: "PersonalBudget";
                Nullable: false;
            };
            deployments: {
                Shape: BudgetDeployment[];
                Name: "BudgetDeployment";
                Nullable: false;
            };
            policies: {
                Shape: CouncilPolicy[];
                Name: "CouncilPolicy";
                Nullable: false;
            };
            staff: {
                Shape: StaffMember[];
                Name: "StaffMember";
                Nullable: false;
            };
            representatives: {
                Shape: Representative[];
                Name: "Representative";
                Nullable: false;
            };
            allocations: {
                Shape: Allocation[];
                Name: "Allocation";
                Nullable: false;
            };
            requests: {
                Shape: Request[];
                Name: "Request";
                Nullable: false;
            };
            assessments: {
                Shape: Assessment[];
                Name: "Assessment";
                Nullable: false;
            };
            financialAssessments: {
                Shape: FinancialAssessment[];
                Name: "FinancialAssessment";
                Nullable: false;
            };
            indicativeBudgets: {
                Shape: IndicativeBudget[];
                Name: "IndicativeBudget";
                Nullable: false;
            };
            supportPlans: {
                Shape: SupportPlan[];
                Name: "SupportPlan";
                Nullable: false;
            };
            supportPlanLines: {
                Shape: SupportPlanLine[];
                Name: "SupportPlanLine";
                Nullable: false;
            };
            agreements: {
                Shape: DirectPaymentAgreement[];
                Name: "DirectPaymentAgreement";
                Nullable: false;
            };
            payments: {
                Shape: DirectPayment[];
                Name: "DirectPayment";
                Nullable: false;
            };
            transactions: {
                Shape: AccountTransaction[];
                Name: "AccountTransaction";
                Nullable: false;
            };
            audits: {
                Shape: DirectPaymentAudit[];
                Name: "DirectPaymentAudit";
                Nullable: false;
            };
            recoveries: {
                Shape: Recovery[];
                Name: "Recovery";
                Nullable: false;
            };
            paEmployments: {
                Shape: PaEmployment[];
                Name: "PaEmployment";
                Nullable: false;
            };
            reviews: {
                Shape: Review[];
                Name: "Review";
                Nullable: false;
            };
            safeguardingConcerns: {
                Shape: SafeguardingConcern[];
                Name: "SafeguardingConcern";
                Nullable: false;
            };
            idempotencyRecords: {
                Shape: IdempotencyRecord[];
                Name: "IdempotencyRecord";
                Nullable: false;
            };
        };
    };
    Person: {
        Name: "Person";
        Shape: Person;
        Include: Prisma.PersonInclude;
        Select: Prisma.PersonSelect;
        OrderBy: Prisma.PersonOrderByWithRelationInput;
        WhereUnique: Prisma.PersonWhereUniqueInput;
        Where: Prisma.PersonWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "personalBudgets" | "representatives" | "allocations" | "requests" | "assessments" | "financialAssessments" | "indicativeBudgets" | "supportPlans" | "agreements" | "reviews" | "safeguardingConcerns";
        ListRelations: "personalBudgets" | "representatives" | "allocations" | "requests" | "assessments" | "financialAssessments" | "indicativeBudgets" | "supportPlans" | "agreements" | "reviews" | "safeguardingConcerns";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            personalBudgets: {
                Shape: PersonalBudget[];
                Name: "PersonalBudget";
                Nullable: false;
            };
            representatives: {
                Shape: Representative[];
                Name: "Representative";
                Nullable: false;
            };
            allocations: {
                Shape: Allocation[];
                Name: "Allocation";
                Nullable: false;
            };
            requests: {
                Shape: Request[];
                Name: "Request";
                Nullable: false;
            };
            assessments: {
                Shape: Assessment[];
                Name: "Assessment";
                Nullable: false;
            };
            financialAssessments: {
                Shape: FinancialAssessment[];
                Name: "FinancialAssessment";
                Nullable: false;
            };
            indicativeBudgets: {
                Shape: IndicativeBudget[];
                Name: "IndicativeBudget";
                Nullable: false;
            };
            supportPlans: {
                Shape: SupportPlan[];
                Name: "SupportPlan";
                Nullable: false;
            };
            agreements: {
                Shape: DirectPaymentAgreement[];
                Name: "DirectPaymentAgreement";
                Nullable: false;
            };
            reviews: {
                Shape: Review[];
                Name: "Review";
                Nullable: false;
            };
            safeguardingConcerns: {
                Shape: SafeguardingConcern[];
                Name: "SafeguardingConcern";
                Nullable: false;
            };
        };
    };
    PersonalBudget: {
        Name: "PersonalBudget";
        Shape: PersonalBudget;
        Include: Prisma.PersonalBudgetInclude;
        Select: Prisma.PersonalBudgetSelect;
        OrderBy: Prisma.PersonalBudgetOrderByWithRelationInput;
        WhereUnique: Prisma.PersonalBudgetWhereUniqueInput;
        Where: Prisma.PersonalBudgetWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "person" | "plan" | "indicativeBudget" | "supersedes" | "supersededBy" | "signedOffBy" | "deployments";
        ListRelations: "deployments";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            person: {
                Shape: Person;
                Name: "Person";
                Nullable: false;
            };
            plan: {
                Shape: SupportPlan | null;
                Name: "SupportPlan";
                Nullable: true;
            };
            indicativeBudget: {
                Shape: IndicativeBudget | null;
                Name: "IndicativeBudget";
                Nullable: true;
            };
            supersedes: {
                Shape: PersonalBudget | null;
                Name: "PersonalBudget";
                Nullable: true;
            };
            supersededBy: {
                Shape: PersonalBudget | null;
                Name: "PersonalBudget";
                Nullable: true;
            };
            signedOffBy: {
                Shape: StaffMember | null;
                Name: "StaffMember";
                Nullable: true;
            };
            deployments: {
                Shape: BudgetDeployment[];
                Name: "BudgetDeployment";
                Nullable: false;
            };
        };
    };
    BudgetDeployment: {
        Name: "BudgetDeployment";
        Shape: BudgetDeployment;
        Include: Prisma.BudgetDeploymentInclude;
        Select: Prisma.BudgetDeploymentSelect;
        OrderBy: Prisma.BudgetDeploymentOrderByWithRelationInput;
        WhereUnique: Prisma.BudgetDeploymentWhereUniqueInput;
        Where: Prisma.BudgetDeploymentWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "budget" | "managedBy" | "agreements";
        ListRelations: "agreements";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            budget: {
                Shape: PersonalBudget;
                Name: "PersonalBudget";
                Nullable: false;
            };
            managedBy: {
                Shape: Organisation | null;
                Name: "Organisation";
                Nullable: true;
            };
            agreements: {
                Shape: DirectPaymentAgreement[];
                Name: "DirectPaymentAgreement";
                Nullable: false;
            };
        };
    };
    CouncilPolicy: {
        Name: "CouncilPolicy";
        Shape: CouncilPolicy;
        Include: Prisma.CouncilPolicyInclude;
        Select: Prisma.CouncilPolicySelect;
        OrderBy: Prisma.CouncilPolicyOrderByWithRelationInput;
        WhereUnique: Prisma.CouncilPolicyWhereUniqueInput;
        Where: Prisma.CouncilPolicyWhereInput;
        Create: {};
        Update: {};
        RelationName: "council";
        ListRelations: never;
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
        };
    };
    StaffMember: {
        Name: "StaffMember";
        Shape: StaffMember;
        Include: Prisma.StaffMemberInclude;
        Select: Prisma.StaffMemberSelect;
        OrderBy: Prisma.StaffMemberOrderByWithRelationInput;
        WhereUnique: Prisma.StaffMemberWhereUniqueInput;
        Where: Prisma.StaffMemberWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "allocations" | "assessments" | "countersigned" | "preparedPlans" | "approvedPlans" | "signedOffBudgets" | "reviews" | "audits" | "safeguardingLed";
        ListRelations: "allocations" | "assessments" | "countersigned" | "preparedPlans" | "approvedPlans" | "signedOffBudgets" | "reviews" | "audits" | "safeguardingLed";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            allocations: {
                Shape: Allocation[];
                Name: "Allocation";
                Nullable: false;
            };
            assessments: {
                Shape: Assessment[];
                Name: "Assessment";
                Nullable: false;
            };
            countersigned: {
                Shape: Assessment[];
                Name: "Assessment";
                Nullable: false;
            };
            preparedPlans: {
                Shape: SupportPlan[];
                Name: "SupportPlan";
                Nullable: false;
            };
            approvedPlans: {
                Shape: SupportPlan[];
                Name: "SupportPlan";
                Nullable: false;
            };
            signedOffBudgets: {
                Shape: PersonalBudget[];
                Name: "PersonalBudget";
                Nullable: false;
            };
            reviews: {
                Shape: Review[];
                Name: "Review";
                Nullable: false;
            };
            audits: {
                Shape: DirectPaymentAudit[];
                Name: "DirectPaymentAudit";
                Nullable: false;
            };
            safeguardingLed: {
                Shape: SafeguardingConcern[];
                Name: "SafeguardingConcern";
                Nullable: false;
            };
        };
    };
    Organisation: {
        Name: "Organisation";
        Shape: Organisation;
        Include: Prisma.OrganisationInclude;
        Select: Prisma.OrganisationSelect;
        OrderBy: Prisma.OrganisationOrderByWithRelationInput;
        WhereUnique: Prisma.OrganisationWhereUniqueInput;
        Where: Prisma.OrganisationWhereInput;
        Create: {};
        Update: {};
        RelationName: "representatives" | "deployments" | "planLines";
        ListRelations: "representatives" | "deployments" | "planLines";
        Relations: {
            representatives: {
                Shape: Representative[];
                Name: "Representative";
                Nullable: false;
            };
            deployments: {
                Shape: BudgetDeployment[];
                Name: "BudgetDeployment";
                Nullable: false;
            };
            planLines: {
                Shape: SupportPlanLine[];
                Name: "SupportPlanLine";
                Nullable: false;
            };
        };
    };
    Representative: {
        Name: "Representative";
        Shape: Representative;
        Include: Prisma.RepresentativeInclude;
        Select: Prisma.RepresentativeSelect;
        OrderBy: Prisma.RepresentativeOrderByWithRelationInput;
        WhereUnique: Prisma.RepresentativeWhereUniqueInput;
        Where: Prisma.RepresentativeWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "person" | "organisation" | "agreements";
        ListRelations: "agreements";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            person: {
                Shape: Person;
                Name: "Person";
                Nullable: false;
            };
            organisation: {
                Shape: Organisation | null;
                Name: "Organisation";
                Nullable: true;
            };
            agreements: {
                Shape: DirectPaymentAgreement[];
                Name: "DirectPaymentAgreement";
                Nullable: false;
            };
        };
    };
    Allocation: {
        Name: "Allocation";
        Shape: Allocation;
        Include: Prisma.AllocationInclude;
        Select: Prisma.AllocationSelect;
        OrderBy: Prisma.AllocationOrderByWithRelationInput;
        WhereUnique: Prisma.AllocationWhereUniqueInput;
        Where: Prisma.AllocationWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "staff" | "person";
        ListRelations: never;
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            staff: {
                Shape: StaffMember;
                Name: "StaffMember";
                Nullable: false;
            };
            person: {
                Shape: Person;
                Name: "Person";
                Nullable: false;
            };
        };
    };
    Request: {
        Name: "Request";
        Shape: Request;
        Include: Prisma.RequestInclude;
        Select: Prisma.RequestSelect;
        OrderBy: Prisma.RequestOrderByWithRelationInput;
        WhereUnique: Prisma.RequestWhereUniqueInput;
        Where: Prisma.RequestWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "person" | "assessments";
        ListRelations: "assessments";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            person: {
                Shape: Person;
                Name: "Person";
                Nullable: false;
            };
            assessments: {
                Shape: Assessment[];
                Name: "Assessment";
                Nullable: false;
            };
        };
    };
    Assessment: {
        Name: "Assessment";
        Shape: Assessment;
        Include: Prisma.AssessmentInclude;
        Select: Prisma.AssessmentSelect;
        OrderBy: Prisma.AssessmentOrderByWithRelationInput;
        WhereUnique: Prisma.AssessmentWhereUniqueInput;
        Where: Prisma.AssessmentWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "person" | "request" | "assessor" | "countersignedBy" | "indicativeBudgets";
        ListRelations: "indicativeBudgets";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            person: {
                Shape: Person;
                Name: "Person";
                Nullable: false;
            };
            request: {
                Shape: Request | null;
                Name: "Request";
                Nullable: true;
            };
            assessor: {
                Shape: StaffMember;
                Name: "StaffMember";
                Nullable: false;
            };
            countersignedBy: {
                Shape: StaffMember | null;
                Name: "StaffMember";
                Nullable: true;
            };
            indicativeBudgets: {
                Shape: IndicativeBudget[];
                Name: "IndicativeBudget";
                Nullable: false;
            };
        };
    };
    FinancialAssessment: {
        Name: "FinancialAssessment";
        Shape: FinancialAssessment;
        Include: Prisma.FinancialAssessmentInclude;
        Select: Prisma.FinancialAssessmentSelect;
        OrderBy: Prisma.FinancialAssessmentOrderByWithRelationInput;
        WhereUnique: Prisma.FinancialAssessmentWhereUniqueInput;
        Where: Prisma.FinancialAssessmentWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "person";
        ListRelations: never;
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            person: {
                Shape: Person;
                Name: "Person";
                Nullable: false;
            };
        };
    };
    IndicativeBudget: {
        Name: "IndicativeBudget";
        Shape: IndicativeBudget;
        Include: Prisma.IndicativeBudgetInclude;
        Select: Prisma.IndicativeBudgetSelect;
        OrderBy: Prisma.IndicativeBudgetOrderByWithRelationInput;
        WhereUnique: Prisma.IndicativeBudgetWhereUniqueInput;
        Where: Prisma.IndicativeBudgetWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "person" | "assessment" | "personalBudgets";
        ListRelations: "personalBudgets";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            person: {
                Shape: Person;
                Name: "Person";
                Nullable: false;
            };
            assessment: {
                Shape: Assessment;
                Name: "Assessment";
                Nullable: false;
            };
            personalBudgets: {
                Shape: PersonalBudget[];
                Name: "PersonalBudget";
                Nullable: false;
            };
        };
    };
    SupportPlan: {
        Name: "SupportPlan";
        Shape: SupportPlan;
        Include: Prisma.SupportPlanInclude;
        Select: Prisma.SupportPlanSelect;
        OrderBy: Prisma.SupportPlanOrderByWithRelationInput;
        WhereUnique: Prisma.SupportPlanWhereUniqueInput;
        Where: Prisma.SupportPlanWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "person" | "preparedBy" | "approvedBy" | "supersedes" | "supersededBy" | "lines" | "personalBudgets" | "reviews";
        ListRelations: "lines" | "personalBudgets" | "reviews";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            person: {
                Shape: Person;
                Name: "Person";
                Nullable: false;
            };
            preparedBy: {
                Shape: StaffMember;
                Name: "StaffMember";
                Nullable: false;
            };
            approvedBy: {
                Shape: StaffMember | null;
                Name: "StaffMember";
                Nullable: true;
            };
            supersedes: {
                Shape: SupportPlan | null;
                Name: "SupportPlan";
                Nullable: true;
            };
            supersededBy: {
                Shape: SupportPlan | null;
                Name: "SupportPlan";
                Nullable: true;
            };
            lines: {
                Shape: SupportPlanLine[];
                Name: "SupportPlanLine";
                Nullable: false;
            };
            personalBudgets: {
                Shape: PersonalBudget[];
                Name: "PersonalBudget";
                Nullable: false;
            };
            reviews: {
                Shape: Review[];
                Name: "Review";
                Nullable: false;
            };
        };
    };
    SupportPlanLine: {
        Name: "SupportPlanLine";
        Shape: SupportPlanLine;
        Include: Prisma.SupportPlanLineInclude;
        Select: Prisma.SupportPlanLineSelect;
        OrderBy: Prisma.SupportPlanLineOrderByWithRelationInput;
        WhereUnique: Prisma.SupportPlanLineWhereUniqueInput;
        Where: Prisma.SupportPlanLineWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "plan" | "provider" | "transactions";
        ListRelations: "transactions";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            plan: {
                Shape: SupportPlan;
                Name: "SupportPlan";
                Nullable: false;
            };
            provider: {
                Shape: Organisation | null;
                Name: "Organisation";
                Nullable: true;
            };
            transactions: {
                Shape: AccountTransaction[];
                Name: "AccountTransaction";
                Nullable: false;
            };
        };
    };
    DirectPaymentAgreement: {
        Name: "DirectPaymentAgreement";
        Shape: DirectPaymentAgreement;
        Include: Prisma.DirectPaymentAgreementInclude;
        Select: Prisma.DirectPaymentAgreementSelect;
        OrderBy: Prisma.DirectPaymentAgreementOrderByWithRelationInput;
        WhereUnique: Prisma.DirectPaymentAgreementWhereUniqueInput;
        Where: Prisma.DirectPaymentAgreementWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "person" | "deployment" | "representative" | "payments" | "transactions" | "audits" | "recoveries" | "paEmployments" | "reviews";
        ListRelations: "payments" | "transactions" | "audits" | "recoveries" | "paEmployments" | "reviews";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            person: {
                Shape: Person;
                Name: "Person";
                Nullable: false;
            };
            deployment: {
                Shape: BudgetDeployment;
                Name: "BudgetDeployment";
                Nullable: false;
            };
            representative: {
                Shape: Representative | null;
                Name: "Representative";
                Nullable: true;
            };
            payments: {
                Shape: DirectPayment[];
                Name: "DirectPayment";
                Nullable: false;
            };
            transactions: {
                Shape: AccountTransaction[];
                Name: "AccountTransaction";
                Nullable: false;
            };
            audits: {
                Shape: DirectPaymentAudit[];
                Name: "DirectPaymentAudit";
                Nullable: false;
            };
            recoveries: {
                Shape: Recovery[];
                Name: "Recovery";
                Nullable: false;
            };
            paEmployments: {
                Shape: PaEmployment[];
                Name: "PaEmployment";
                Nullable: false;
            };
            reviews: {
                Shape: Review[];
                Name: "Review";
                Nullable: false;
            };
        };
    };
    DirectPayment: {
        Name: "DirectPayment";
        Shape: DirectPayment;
        Include: Prisma.DirectPaymentInclude;
        Select: Prisma.DirectPaymentSelect;
        OrderBy: Prisma.DirectPaymentOrderByWithRelationInput;
        WhereUnique: Prisma.DirectPaymentWhereUniqueInput;
        Where: Prisma.DirectPaymentWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "agreement" | "transactions";
        ListRelations: "transactions";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            agreement: {
                Shape: DirectPaymentAgreement;
                Name: "DirectPaymentAgreement";
                Nullable: false;
            };
            transactions: {
                Shape: AccountTransaction[];
                Name: "AccountTransaction";
                Nullable: false;
            };
        };
    };
    AccountTransaction: {
        Name: "AccountTransaction";
        Shape: AccountTransaction;
        Include: Prisma.AccountTransactionInclude;
        Select: Prisma.AccountTransactionSelect;
        OrderBy: Prisma.AccountTransactionOrderByWithRelationInput;
        WhereUnique: Prisma.AccountTransactionWhereUniqueInput;
        Where: Prisma.AccountTransactionWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "agreement" | "matchedPlanLine" | "payment" | "recovery";
        ListRelations: never;
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            agreement: {
                Shape: DirectPaymentAgreement;
                Name: "DirectPaymentAgreement";
                Nullable: false;
            };
            matchedPlanLine: {
                Shape: SupportPlanLine | null;
                Name: "SupportPlanLine";
                Nullable: true;
            };
            payment: {
                Shape: DirectPayment | null;
                Name: "DirectPayment";
                Nullable: true;
            };
            recovery: {
                Shape: Recovery | null;
                Name: "Recovery";
                Nullable: true;
            };
        };
    };
    DirectPaymentAudit: {
        Name: "DirectPaymentAudit";
        Shape: DirectPaymentAudit;
        Include: Prisma.DirectPaymentAuditInclude;
        Select: Prisma.DirectPaymentAuditSelect;
        OrderBy: Prisma.DirectPaymentAuditOrderByWithRelationInput;
        WhereUnique: Prisma.DirectPaymentAuditWhereUniqueInput;
        Where: Prisma.DirectPaymentAuditWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "agreement" | "auditor" | "recoveries";
        ListRelations: "recoveries";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            agreement: {
                Shape: DirectPaymentAgreement;
                Name: "DirectPaymentAgreement";
                Nullable: false;
            };
            auditor: {
                Shape: StaffMember;
                Name: "StaffMember";
                Nullable: false;
            };
            recoveries: {
                Shape: Recovery[];
                Name: "Recovery";
                Nullable: false;
            };
        };
    };
    Recovery: {
        Name: "Recovery";
        Shape: Recovery;
        Include: Prisma.RecoveryInclude;
        Select: Prisma.RecoverySelect;
        OrderBy: Prisma.RecoveryOrderByWithRelationInput;
        WhereUnique: Prisma.RecoveryWhereUniqueInput;
        Where: Prisma.RecoveryWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "agreement" | "audit" | "transactions";
        ListRelations: "transactions";
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            agreement: {
                Shape: DirectPaymentAgreement;
                Name: "DirectPaymentAgreement";
                Nullable: false;
            };
            audit: {
                Shape: DirectPaymentAudit | null;
                Name: "DirectPaymentAudit";
                Nullable: true;
            };
            transactions: {
                Shape: AccountTransaction[];
                Name: "AccountTransaction";
                Nullable: false;
            };
        };
    };
    PaEmployment: {
        Name: "PaEmployment";
        Shape: PaEmployment;
        Include: Prisma.PaEmploymentInclude;
        Select: Prisma.PaEmploymentSelect;
        OrderBy: Prisma.PaEmploymentOrderByWithRelationInput;
        WhereUnique: Prisma.PaEmploymentWhereUniqueInput;
        Where: Prisma.PaEmploymentWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "agreement";
        ListRelations: never;
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            agreement: {
                Shape: DirectPaymentAgreement;
                Name: "DirectPaymentAgreement";
                Nullable: false;
            };
        };
    };
    Review: {
        Name: "Review";
        Shape: Review;
        Include: Prisma.ReviewInclude;
        Select: Prisma.ReviewSelect;
        OrderBy: Prisma.ReviewOrderByWithRelationInput;
        WhereUnique: Prisma.ReviewWhereUniqueInput;
        Where: Prisma.ReviewWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "person" | "plan" | "agreement" | "reviewer";
        ListRelations: never;
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            person: {
                Shape: Person;
                Name: "Person";
                Nullable: false;
            };
            plan: {
                Shape: SupportPlan | null;
                Name: "SupportPlan";
                Nullable: true;
            };
            agreement: {
                Shape: DirectPaymentAgreement | null;
                Name: "DirectPaymentAgreement";
                Nullable: true;
            };
            reviewer: {
                Shape: StaffMember | null;
                Name: "StaffMember";
                Nullable: true;
            };
        };
    };
    SafeguardingConcern: {
        Name: "SafeguardingConcern";
        Shape: SafeguardingConcern;
        Include: Prisma.SafeguardingConcernInclude;
        Select: Prisma.SafeguardingConcernSelect;
        OrderBy: Prisma.SafeguardingConcernOrderByWithRelationInput;
        WhereUnique: Prisma.SafeguardingConcernWhereUniqueInput;
        Where: Prisma.SafeguardingConcernWhereInput;
        Create: {};
        Update: {};
        RelationName: "council" | "person" | "leadStaff";
        ListRelations: never;
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
            person: {
                Shape: Person;
                Name: "Person";
                Nullable: false;
            };
            leadStaff: {
                Shape: StaffMember | null;
                Name: "StaffMember";
                Nullable: true;
            };
        };
    };
    IdempotencyRecord: {
        Name: "IdempotencyRecord";
        Shape: IdempotencyRecord;
        Include: Prisma.IdempotencyRecordInclude;
        Select: Prisma.IdempotencyRecordSelect;
        OrderBy: Prisma.IdempotencyRecordOrderByWithRelationInput;
        WhereUnique: Prisma.IdempotencyRecordWhereUniqueInput;
        Where: Prisma.IdempotencyRecordWhereInput;
        Create: {};
        Update: {};
        RelationName: "council";
        ListRelations: never;
        Relations: {
            council: {
                Shape: Council;
                Name: "Council";
                Nullable: false;
            };
        };
    };
}
export function getDatamodel(): PothosPrismaDatamodel { return JSON.parse("{\"datamodel\":{\"models\":{\"Council\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"laCode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"region\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"people\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToPerson\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"PersonalBudget\",\"kind\":\"object\",\"name\":\"personalBudgets\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToPersonalBudget\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"BudgetDeployment\",\"kind\":\"object\",\"name\":\"deployments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"BudgetDeploymentToCouncil\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"CouncilPolicy\",\"kind\":\"object\",\"name\":\"policies\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToCouncilPolicy\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"StaffMember\",\"kind\":\"object\",\"name\":\"staff\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToStaffMember\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Representative\",\"kind\":\"object\",\"name\":\"representatives\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToRepresentative\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Allocation\",\"kind\":\"object\",\"name\":\"allocations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AllocationToCouncil\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Request\",\"kind\":\"object\",\"name\":\"requests\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToRequest\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Assessment\",\"kind\":\"object\",\"name\":\"assessments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AssessmentToCouncil\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"FinancialAssessment\",\"kind\":\"object\",\"name\":\"financialAssessments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToFinancialAssessment\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"IndicativeBudget\",\"kind\":\"object\",\"name\":\"indicativeBudgets\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToIndicativeBudget\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"SupportPlan\",\"kind\":\"object\",\"name\":\"supportPlans\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToSupportPlan\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"SupportPlanLine\",\"kind\":\"object\",\"name\":\"supportPlanLines\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToSupportPlanLine\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAgreement\",\"kind\":\"object\",\"name\":\"agreements\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToDirectPaymentAgreement\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"DirectPayment\",\"kind\":\"object\",\"name\":\"payments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToDirectPayment\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"AccountTransaction\",\"kind\":\"object\",\"name\":\"transactions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AccountTransactionToCouncil\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAudit\",\"kind\":\"object\",\"name\":\"audits\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToDirectPaymentAudit\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Recovery\",\"kind\":\"object\",\"name\":\"recoveries\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToRecovery\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"PaEmployment\",\"kind\":\"object\",\"name\":\"paEmployments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToPaEmployment\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Review\",\"kind\":\"object\",\"name\":\"reviews\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToReview\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"SafeguardingConcern\",\"kind\":\"object\",\"name\":\"safeguardingConcerns\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToSafeguardingConcern\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"IdempotencyRecord\",\"kind\":\"object\",\"name\":\"idempotencyRecords\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToIdempotencyRecord\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Person\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"laPersonId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"nhsNumber\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"givenName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"familyName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"birthDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"deathDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"gender\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"ethnicity\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"postcode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"clientType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"primarySupportReason\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"accommodationStatus\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"mentalCapacityForDp\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"capacityAssessedOn\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"employmentStatus\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"hasUnpaidCarer\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"autism\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"dementia\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"visualImpairment\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"hearingImpairment\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"clientFundingStatus\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"dpExcluded\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"updatedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":true},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToPerson\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"PersonalBudget\",\"kind\":\"object\",\"name\":\"personalBudgets\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToPersonalBudget\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Representative\",\"kind\":\"object\",\"name\":\"representatives\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToRepresentative\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Allocation\",\"kind\":\"object\",\"name\":\"allocations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AllocationToPerson\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Request\",\"kind\":\"object\",\"name\":\"requests\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToRequest\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Assessment\",\"kind\":\"object\",\"name\":\"assessments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AssessmentToPerson\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"FinancialAssessment\",\"kind\":\"object\",\"name\":\"financialAssessments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FinancialAssessmentToPerson\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"IndicativeBudget\",\"kind\":\"object\",\"name\":\"indicativeBudgets\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"IndicativeBudgetToPerson\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"SupportPlan\",\"kind\":\"object\",\"name\":\"supportPlans\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToSupportPlan\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAgreement\",\"kind\":\"object\",\"name\":\"agreements\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToPerson\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Review\",\"kind\":\"object\",\"name\":\"reviews\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToReview\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"SafeguardingConcern\",\"kind\":\"object\",\"name\":\"safeguardingConcerns\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToSafeguardingConcern\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"councilId\",\"laPersonId\"]},{\"name\":null,\"fields\":[\"councilId\",\"nhsNumber\"]}]},\"PersonalBudget\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"personId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"version\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"annualTotalPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"annualLaContributionPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"annualPersonContributionPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"effectiveFrom\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"effectiveTo\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"planId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"indicativeBudgetId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"supersedesId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"approvalLevel\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"signedOffById\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"signedOffAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToPersonalBudget\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"person\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToPersonalBudget\",\"relationFromFields\":[\"personId\"],\"isUpdatedAt\":false},{\"type\":\"SupportPlan\",\"kind\":\"object\",\"name\":\"plan\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonalBudgetToSupportPlan\",\"relationFromFields\":[\"planId\"],\"isUpdatedAt\":false},{\"type\":\"IndicativeBudget\",\"kind\":\"object\",\"name\":\"indicativeBudget\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"IndicativeBudgetToPersonalBudget\",\"relationFromFields\":[\"indicativeBudgetId\"],\"isUpdatedAt\":false},{\"type\":\"PersonalBudget\",\"kind\":\"object\",\"name\":\"supersedes\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"BudgetVersions\",\"relationFromFields\":[\"supersedesId\"],\"isUpdatedAt\":false},{\"type\":\"PersonalBudget\",\"kind\":\"object\",\"name\":\"supersededBy\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"BudgetVersions\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"StaffMember\",\"kind\":\"object\",\"name\":\"signedOffBy\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonalBudgetToStaffMember\",\"relationFromFields\":[\"signedOffById\"],\"isUpdatedAt\":false},{\"type\":\"BudgetDeployment\",\"kind\":\"object\",\"name\":\"deployments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"BudgetDeploymentToPersonalBudget\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"BudgetDeployment\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"budgetId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"mode\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"annualAmountPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"managedByOrganisationId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"BudgetDeploymentToCouncil\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"PersonalBudget\",\"kind\":\"object\",\"name\":\"budget\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"BudgetDeploymentToPersonalBudget\",\"relationFromFields\":[\"budgetId\"],\"isUpdatedAt\":false},{\"type\":\"Organisation\",\"kind\":\"object\",\"name\":\"managedBy\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"BudgetDeploymentToOrganisation\",\"relationFromFields\":[\"managedByOrganisationId\"],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAgreement\",\"kind\":\"object\",\"name\":\"agreements\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"BudgetDeploymentToDirectPaymentAgreement\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"CouncilPolicy\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"effectiveFrom\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Json\",\"kind\":\"scalar\",\"name\":\"policy\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToCouncilPolicy\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"councilId\",\"effectiveFrom\"]}]},\"StaffMember\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"subject\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"team\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"jobTitle\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"qualification\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"registrationNumber\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"approvalLevel\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"approvalLimitAnnualPence\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"fteHundredths\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"active\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToStaffMember\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"Allocation\",\"kind\":\"object\",\"name\":\"allocations\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AllocationToStaffMember\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Assessment\",\"kind\":\"object\",\"name\":\"assessments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"Assessor\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Assessment\",\"kind\":\"object\",\"name\":\"countersigned\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"Countersigner\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"SupportPlan\",\"kind\":\"object\",\"name\":\"preparedPlans\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PreparedBy\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"SupportPlan\",\"kind\":\"object\",\"name\":\"approvedPlans\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ApprovedBy\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"PersonalBudget\",\"kind\":\"object\",\"name\":\"signedOffBudgets\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonalBudgetToStaffMember\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Review\",\"kind\":\"object\",\"name\":\"reviews\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ReviewToStaffMember\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAudit\",\"kind\":\"object\",\"name\":\"audits\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAuditToStaffMember\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"SafeguardingConcern\",\"kind\":\"object\",\"name\":\"safeguardingLed\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"SafeguardingConcernToStaffMember\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"councilId\",\"subject\"]}]},\"Organisation\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"type\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"cqcLocationId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Representative\",\"kind\":\"object\",\"name\":\"representatives\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganisationToRepresentative\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"BudgetDeployment\",\"kind\":\"object\",\"name\":\"deployments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"BudgetDeploymentToOrganisation\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"SupportPlanLine\",\"kind\":\"object\",\"name\":\"planLines\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganisationToSupportPlanLine\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Representative\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"personId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"role\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"name\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"organisationId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"validFrom\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"validTo\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"consentRecordedOn\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToRepresentative\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"person\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToRepresentative\",\"relationFromFields\":[\"personId\"],\"isUpdatedAt\":false},{\"type\":\"Organisation\",\"kind\":\"object\",\"name\":\"organisation\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganisationToRepresentative\",\"relationFromFields\":[\"organisationId\"],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAgreement\",\"kind\":\"object\",\"name\":\"agreements\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToRepresentative\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Allocation\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"staffId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"personId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"role\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"complexity\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"fromDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"toDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AllocationToCouncil\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"StaffMember\",\"kind\":\"object\",\"name\":\"staff\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AllocationToStaffMember\",\"relationFromFields\":[\"staffId\"],\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"person\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AllocationToPerson\",\"relationFromFields\":[\"personId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Request\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"personId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"receivedDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"closedDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"routeOfAccess\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"source\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"outcome\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"isConversation\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToRequest\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"person\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToRequest\",\"relationFromFields\":[\"personId\"],\"isUpdatedAt\":false},{\"type\":\"Assessment\",\"kind\":\"object\",\"name\":\"assessments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AssessmentToRequest\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Assessment\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"personId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"requestId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"type\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"format\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"involvement\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"startDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"completedDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"assessorId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"countersignedById\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"complexity\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"outcome\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Json\",\"kind\":\"scalar\",\"name\":\"eligibility\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"eligible\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"legacyFacsBand\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AssessmentToCouncil\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"person\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AssessmentToPerson\",\"relationFromFields\":[\"personId\"],\"isUpdatedAt\":false},{\"type\":\"Request\",\"kind\":\"object\",\"name\":\"request\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AssessmentToRequest\",\"relationFromFields\":[\"requestId\"],\"isUpdatedAt\":false},{\"type\":\"StaffMember\",\"kind\":\"object\",\"name\":\"assessor\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"Assessor\",\"relationFromFields\":[\"assessorId\"],\"isUpdatedAt\":false},{\"type\":\"StaffMember\",\"kind\":\"object\",\"name\":\"countersignedBy\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"Countersigner\",\"relationFromFields\":[\"countersignedById\"],\"isUpdatedAt\":false},{\"type\":\"IndicativeBudget\",\"kind\":\"object\",\"name\":\"indicativeBudgets\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AssessmentToIndicativeBudget\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"FinancialAssessment\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"personId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"completedDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"lightTouch\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"capitalPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"weeklyAssessableIncomePence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"weeklyMigPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"weeklyDisabilityExpenditurePence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"assessedWeeklyContributionPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"resultingFundingStatus\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"effectiveFrom\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToFinancialAssessment\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"person\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"FinancialAssessmentToPerson\",\"relationFromFields\":[\"personId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"IndicativeBudget\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"personId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"assessmentId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"rasModelVersion\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"rasPoints\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"weeklyAmountPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"annualAmountPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"explanation\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"calculatedAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"sharedWithPersonOn\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToIndicativeBudget\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"person\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"IndicativeBudgetToPerson\",\"relationFromFields\":[\"personId\"],\"isUpdatedAt\":false},{\"type\":\"Assessment\",\"kind\":\"object\",\"name\":\"assessment\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AssessmentToIndicativeBudget\",\"relationFromFields\":[\"assessmentId\"],\"isUpdatedAt\":false},{\"type\":\"PersonalBudget\",\"kind\":\"object\",\"name\":\"personalBudgets\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"IndicativeBudgetToPersonalBudget\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"SupportPlan\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"personId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"version\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"revision\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"supersedesId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":true,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Json\",\"kind\":\"scalar\",\"name\":\"outcomes\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"preparedById\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"approvedById\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"startDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"endDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"firstReviewDueDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"nextReviewDueDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"submittedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"approvedAt\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToSupportPlan\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"person\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToSupportPlan\",\"relationFromFields\":[\"personId\"],\"isUpdatedAt\":false},{\"type\":\"StaffMember\",\"kind\":\"object\",\"name\":\"preparedBy\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PreparedBy\",\"relationFromFields\":[\"preparedById\"],\"isUpdatedAt\":false},{\"type\":\"StaffMember\",\"kind\":\"object\",\"name\":\"approvedBy\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ApprovedBy\",\"relationFromFields\":[\"approvedById\"],\"isUpdatedAt\":false},{\"type\":\"SupportPlan\",\"kind\":\"object\",\"name\":\"supersedes\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PlanVersions\",\"relationFromFields\":[\"supersedesId\"],\"isUpdatedAt\":false},{\"type\":\"SupportPlan\",\"kind\":\"object\",\"name\":\"supersededBy\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PlanVersions\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"SupportPlanLine\",\"kind\":\"object\",\"name\":\"lines\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"SupportPlanToSupportPlanLine\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"PersonalBudget\",\"kind\":\"object\",\"name\":\"personalBudgets\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonalBudgetToSupportPlan\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Review\",\"kind\":\"object\",\"name\":\"reviews\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ReviewToSupportPlan\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"personId\",\"version\"]}]},\"SupportPlanLine\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"planId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"position\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"description\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"serviceType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"serviceComponent\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"deliveryMechanism\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"fundingSource\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"providerOrganisationId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"unitCostPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"costFrequency\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"plannedUnitsPerWeekHundredths\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"weeklyCostPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"startDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"endDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToSupportPlanLine\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"SupportPlan\",\"kind\":\"object\",\"name\":\"plan\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"SupportPlanToSupportPlanLine\",\"relationFromFields\":[\"planId\"],\"isUpdatedAt\":false},{\"type\":\"Organisation\",\"kind\":\"object\",\"name\":\"provider\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"OrganisationToSupportPlanLine\",\"relationFromFields\":[\"providerOrganisationId\"],\"isUpdatedAt\":false},{\"type\":\"AccountTransaction\",\"kind\":\"object\",\"name\":\"transactions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AccountTransactionToSupportPlanLine\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"planId\",\"position\"]}]},\"DirectPaymentAgreement\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"personId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"deploymentId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"recipientType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"representativeId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"legalBasis\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"accountType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"accountRef\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"paymentBasis\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"paymentFrequency\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"contributionFrequency\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"contingencyWeeksHundredths\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"weeklyGrossPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"weeklyContributionPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"signedDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"startDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"endDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"terminationReason\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"firstReviewDueDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToDirectPaymentAgreement\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"person\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToPerson\",\"relationFromFields\":[\"personId\"],\"isUpdatedAt\":false},{\"type\":\"BudgetDeployment\",\"kind\":\"object\",\"name\":\"deployment\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"BudgetDeploymentToDirectPaymentAgreement\",\"relationFromFields\":[\"deploymentId\"],\"isUpdatedAt\":false},{\"type\":\"Representative\",\"kind\":\"object\",\"name\":\"representative\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToRepresentative\",\"relationFromFields\":[\"representativeId\"],\"isUpdatedAt\":false},{\"type\":\"DirectPayment\",\"kind\":\"object\",\"name\":\"payments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentToDirectPaymentAgreement\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"AccountTransaction\",\"kind\":\"object\",\"name\":\"transactions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AccountTransactionToDirectPaymentAgreement\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAudit\",\"kind\":\"object\",\"name\":\"audits\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToDirectPaymentAudit\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Recovery\",\"kind\":\"object\",\"name\":\"recoveries\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToRecovery\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"PaEmployment\",\"kind\":\"object\",\"name\":\"paEmployments\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToPaEmployment\",\"relationFromFields\":[],\"isUpdatedAt\":false},{\"type\":\"Review\",\"kind\":\"object\",\"name\":\"reviews\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToReview\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"DirectPayment\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"agreementId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"kind\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"sequence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"periodStart\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"periodEnd\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"grossAmountPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"contributionDeductedPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"netAmountPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"dueDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"paidDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToDirectPayment\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAgreement\",\"kind\":\"object\",\"name\":\"agreement\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentToDirectPaymentAgreement\",\"relationFromFields\":[\"agreementId\"],\"isUpdatedAt\":false},{\"type\":\"AccountTransaction\",\"kind\":\"object\",\"name\":\"transactions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AccountTransactionToDirectPayment\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[{\"name\":null,\"fields\":[\"agreementId\",\"sequence\"]}]},\"AccountTransaction\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"agreementId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"kind\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"postedDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"amountPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"counterpartyName\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"counterpartyType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"spendCategory\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"flag\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"matchedPlanLineId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"paymentId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"recoveryId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AccountTransactionToCouncil\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAgreement\",\"kind\":\"object\",\"name\":\"agreement\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AccountTransactionToDirectPaymentAgreement\",\"relationFromFields\":[\"agreementId\"],\"isUpdatedAt\":false},{\"type\":\"SupportPlanLine\",\"kind\":\"object\",\"name\":\"matchedPlanLine\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AccountTransactionToSupportPlanLine\",\"relationFromFields\":[\"matchedPlanLineId\"],\"isUpdatedAt\":false},{\"type\":\"DirectPayment\",\"kind\":\"object\",\"name\":\"payment\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AccountTransactionToDirectPayment\",\"relationFromFields\":[\"paymentId\"],\"isUpdatedAt\":false},{\"type\":\"Recovery\",\"kind\":\"object\",\"name\":\"recovery\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AccountTransactionToRecovery\",\"relationFromFields\":[\"recoveryId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"DirectPaymentAudit\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"agreementId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"periodStart\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"periodEnd\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"openingBalancePence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"paidInLaPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"paidInClientPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"spentPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"closingBalancePence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"expectedSpendPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"surplusPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"contingencyAllowancePence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"recoverablePence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Json\",\"kind\":\"scalar\",\"name\":\"findings\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"outcome\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"auditorId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"completedDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToDirectPaymentAudit\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAgreement\",\"kind\":\"object\",\"name\":\"agreement\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToDirectPaymentAudit\",\"relationFromFields\":[\"agreementId\"],\"isUpdatedAt\":false},{\"type\":\"StaffMember\",\"kind\":\"object\",\"name\":\"auditor\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAuditToStaffMember\",\"relationFromFields\":[\"auditorId\"],\"isUpdatedAt\":false},{\"type\":\"Recovery\",\"kind\":\"object\",\"name\":\"recoveries\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAuditToRecovery\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Recovery\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"agreementId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"auditId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"reason\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"method\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"status\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"amountPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"recoveredPence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"raisedDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"notifiedDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToRecovery\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAgreement\",\"kind\":\"object\",\"name\":\"agreement\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToRecovery\",\"relationFromFields\":[\"agreementId\"],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAudit\",\"kind\":\"object\",\"name\":\"audit\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAuditToRecovery\",\"relationFromFields\":[\"auditId\"],\"isUpdatedAt\":false},{\"type\":\"AccountTransaction\",\"kind\":\"object\",\"name\":\"transactions\",\"isRequired\":true,\"isList\":true,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"AccountTransactionToRecovery\",\"relationFromFields\":[],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"PaEmployment\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"agreementId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"workerRef\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"employmentType\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"isFamilyMember\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"familyRelationship\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"livesInSameHousehold\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"familyPaymentApprovedOn\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"familyPaymentJustification\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"rightToWorkCheckedOn\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"dbsCheckedOn\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"contractIssuedOn\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"employersLiabilityExpiry\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"pensionEnrolled\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Int\",\"kind\":\"scalar\",\"name\":\"hourlyRatePence\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"contingencyPlanOnFile\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToPaEmployment\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAgreement\",\"kind\":\"object\",\"name\":\"agreement\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToPaEmployment\",\"relationFromFields\":[\"agreementId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"Review\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"personId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"planId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"agreementId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"reason\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"involvement\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"dueDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"completedDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"outcomesAchieved\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"isDirectPaymentReview\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"outcome\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"supportChange\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"reviewerId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToReview\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"person\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToReview\",\"relationFromFields\":[\"personId\"],\"isUpdatedAt\":false},{\"type\":\"SupportPlan\",\"kind\":\"object\",\"name\":\"plan\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ReviewToSupportPlan\",\"relationFromFields\":[\"planId\"],\"isUpdatedAt\":false},{\"type\":\"DirectPaymentAgreement\",\"kind\":\"object\",\"name\":\"agreement\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"DirectPaymentAgreementToReview\",\"relationFromFields\":[\"agreementId\"],\"isUpdatedAt\":false},{\"type\":\"StaffMember\",\"kind\":\"object\",\"name\":\"reviewer\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"ReviewToStaffMember\",\"relationFromFields\":[\"reviewerId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"SafeguardingConcern\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"id\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":true,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"personId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"raisedDate\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"raisedBy\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"s42CriteriaMet\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"enquiryType\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"enquiryStartDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"enquiryEndDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"mspOutcomesAchieved\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"leadStaffId\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Boolean\",\"kind\":\"scalar\",\"name\":\"affectsDirectPayment\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"closedDate\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToSafeguardingConcern\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false},{\"type\":\"Person\",\"kind\":\"object\",\"name\":\"person\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"PersonToSafeguardingConcern\",\"relationFromFields\":[\"personId\"],\"isUpdatedAt\":false},{\"type\":\"StaffMember\",\"kind\":\"object\",\"name\":\"leadStaff\",\"isRequired\":false,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"SafeguardingConcernToStaffMember\",\"relationFromFields\":[\"leadStaffId\"],\"isUpdatedAt\":false}],\"primaryKey\":null,\"uniqueIndexes\":[]},\"IdempotencyRecord\":{\"fields\":[{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"councilId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"key\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"operation\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"payloadHash\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"String\",\"kind\":\"scalar\",\"name\":\"resultId\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"DateTime\",\"kind\":\"scalar\",\"name\":\"createdAt\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":true,\"isUnique\":false,\"isId\":false,\"isUpdatedAt\":false},{\"type\":\"Council\",\"kind\":\"object\",\"name\":\"council\",\"isRequired\":true,\"isList\":false,\"hasDefaultValue\":false,\"isUnique\":false,\"isId\":false,\"relationName\":\"CouncilToIdempotencyRecord\",\"relationFromFields\":[\"councilId\"],\"isUpdatedAt\":false}],\"primaryKey\":{\"name\":null,\"fields\":[\"councilId\",\"key\"]},\"uniqueIndexes\":[]}}}}"); }