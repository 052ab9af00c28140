#include "training/methodtrainer.h"

namespace anomalens::training {

std::unique_ptr<MethodTrainer> makeMethodTrainer(LoadedModel& model)
{
    if (trainsChannelsLast(model.device))
        setWeightMemoryFormat(model.module(), at::MemoryFormat::ChannelsLast);
    return isMnad(model.method) ? makeMnadTrainer(model) : makeFfpTrainer(model);
}

} // namespace anomalens::training
